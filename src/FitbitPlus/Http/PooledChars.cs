using System.Buffers;
using Newtonsoft.Json;

namespace FitbitPlus.Http;

/// <summary>
/// Newtonsoft's reader buffers from <see cref="ArrayPool{T}.Shared"/>: a reader's buffer doubles until it holds the
/// longest string of the body (about 4 bytes per character of it, allocated on every read without a pool).
/// </summary>
internal sealed class PooledChars : IArrayPool<char>
{
    /// <summary>The one instance.</summary>
    public static PooledChars Instance { get; } = new();

    /// <inheritdoc />
    public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

    /// <inheritdoc />
    public void Return(char[]? array)
    {
        if (array is not null)
        {
            // Cleared: the text of a body (tokens, health data) must not linger in memory other code rents.
            ArrayPool<char>.Shared.Return(array, clearArray: true);
        }
    }
}
