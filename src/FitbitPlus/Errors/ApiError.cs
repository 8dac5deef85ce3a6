namespace FitbitPlus.Errors;

/// <summary>One JSON:API error object returned by the Fitbit Plus API.</summary>
/// <param name="Status">The HTTP status the server reported for this error, as a string (for example <c>"409"</c>).</param>
/// <param name="Code">The API's error code (for example <c>InvalidParameter</c>, <c>InvalidCredentials</c>).</param>
/// <param name="Title">A short summary of the problem.</param>
/// <param name="Detail">A human-readable explanation of this occurrence.</param>
/// <param name="SourcePointer">JSON pointer to the offending request body member (for example <c>/data/attributes/title</c>).</param>
/// <param name="SourceParameter">Name of the offending query parameter (for example <c>filter[organization]</c>).</param>
public sealed record ApiError(
    string? Status,
    string? Code,
    string? Title,
    string? Detail,
    string? SourcePointer,
    string? SourceParameter);
