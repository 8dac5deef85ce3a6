namespace FitbitPlus.Sync;

/// <summary>A resource version a sync run delivered: its id and its <c>updated_at</c>.</summary>
/// <param name="Id">The resource id.</param>
/// <param name="UpdatedAt">The resource's <c>updated_at</c> when it was delivered.</param>
public sealed record DeliveredResource(string Id, DateTimeOffset UpdatedAt);
