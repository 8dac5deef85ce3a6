using System.Text;

namespace FitbitPlus.Paging;

/// <summary>
/// One resource of a page exactly as the server sent it: its UTF-8 JSON, untouched, with its <c>type</c> and <c>id</c>
/// read out for bookkeeping. For copying resources somewhere else without deserializing them.
/// </summary>
public sealed class RawResource
{
    internal RawResource(string? type, string? id, ReadOnlyMemory<byte> utf8Json)
    {
        Type = type;
        Id = id;
        Utf8Json = utf8Json;
    }

    /// <summary>The resource's JSON:API <c>type</c>, or <see langword="null"/> when the server sent none.</summary>
    public string? Type { get; }

    /// <summary>The resource's <c>id</c>, or <see langword="null"/> when the server sent none.</summary>
    public string? Id { get; }

    /// <summary>The resource object's bytes as sent (UTF-8, including any white space the server put inside it).</summary>
    public ReadOnlyMemory<byte> Utf8Json { get; }

    /// <summary>The resource's JSON as text.</summary>
    public string GetJson() => Encoding.UTF8.GetString(Utf8Json.Span);

    /// <summary>Type and id only: the JSON may hold personal data, which does not belong in logs.</summary>
    public override string ToString() => $"{Type ?? "?"} '{Id ?? "?"}'";
}
