using System.Globalization;
using FitbitPlus.Mock.JsonApi;

namespace FitbitPlus.Mock.Paging;

/// <summary>Reads <c>page[...]</c> parameters following the API overview's paging rules.</summary>
internal static class PageRequestParser
{
    /// <summary><c>page[size]</c>.</summary>
    public const string Size = "page[size]";

    /// <summary><c>page[number]</c>.</summary>
    public const string Number = "page[number]";

    /// <summary><c>page[limit]</c>.</summary>
    public const string Limit = "page[limit]";

    /// <summary><c>page[after]</c>.</summary>
    public const string After = "page[after]";

    /// <summary>True for the four paging parameters.</summary>
    public static bool IsPagingParameter(string name) => name is Size or Number or Limit or After;

    /// <summary>Parses and validates; skip paging with <paramref name="defaultSize"/> when no page parameter is given.</summary>
    public static PageRequest Parse(QueryParameters query, int defaultSize, int maxSize)
    {
        foreach (var pair in query.Pairs.Where(p => p.Key.StartsWith("page[", StringComparison.Ordinal) && !IsPagingParameter(p.Key)))
        {
            throw MockApiException.BadParameter(pair.Key, $"{pair.Key} is not a paging parameter; use {Size}/{Number} or {Limit}/{After}.");
        }

        var skip = new[] { Size, Number }.Where(query.Has).ToArray();
        var cursor = new[] { Limit, After }.Where(query.Has).ToArray();
        if (skip.Length > 0 && cursor.Length > 0)
        {
            throw MockApiException.BadParameter(
                cursor[0],
                $"Skip paging ({string.Join(", ", skip)}) and cursor paging ({string.Join(", ", cursor)}) cannot be mixed.");
        }

        if (cursor.Length > 0)
        {
            var limit = ReadInt(query, Limit, defaultSize, 0, maxSize);
            var after = query.Get(After);
            if (after is not null && after.Length == 0)
            {
                throw MockApiException.BadParameter(After, $"{After} must not be empty.");
            }

            return new PageRequest(true, limit, 1, after);
        }

        return new PageRequest(false, ReadInt(query, Size, defaultSize, 0, maxSize), ReadInt(query, Number, 1, 1, int.MaxValue), null);
    }

    private static int ReadInt(QueryParameters query, string name, int fallback, int min, int max)
    {
        var text = query.Get(name);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw MockApiException.BadParameter(name, $"{name} must be an integer of at least {min}, not '{text}'.");
        }

        if (value > max)
        {
            throw MockApiException.BadParameter(name, $"{name} must not exceed the maximum page size {max}.");
        }

        return value;
    }
}
