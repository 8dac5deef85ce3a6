namespace FitbitPlus.Tests.Mock.Contract;

/// <summary>One request of the contract test: where it goes, what it carries, and whether it is authorized.</summary>
internal sealed record ContractRequest(string Method, string Url, string? Body = null, bool Authorized = true);
