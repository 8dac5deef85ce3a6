namespace FitbitPlus.Paging;

/// <summary>FNV-1a, 64-bit: a stable, allocation-free hash for the membership sets that paging keeps.</summary>
internal static class Fnv64
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Hash(string text) => Append(Offset, text);

    /// <summary>Hashes two strings with a separator, so ("ab", "c") and ("a", "bc") differ.</summary>
    public static ulong Hash(string? first, string second) => Append((Append(Offset, first ?? string.Empty) ^ 0) * Prime, second);

    private static ulong Append(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }
}
