namespace FitbitPlus.Tests.Integration;

/// <summary>Drains an async sequence (bounded by the sequence itself; every mock collection is finite).</summary>
internal static class AsyncCollect
{
    public static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> source)
    {
        var items = new List<T>();
        await foreach (var item in source)
        {
            items.Add(item);
        }

        return items;
    }
}
