using System.Runtime.InteropServices;
using System.Text;
using FitbitPlus.Errors;
using FitbitPlus.Models;
using FitbitPlus.Http;
using FitbitPlus.JsonApi;

namespace FitbitPlus.Paging;

/// <summary>
/// Builds a <see cref="RawCollectionDocument"/> from a page <see cref="PageShapeReader"/> checked: each <c>data</c>
/// item is a slice of the body (no tree, no copy); only <c>meta</c> and <c>included</c> are deserialized.
/// </summary>
internal static class RawPageParser
{
    /// <summary>Parses a buffered body; every problem is a <see cref="FitbitPlusException"/> naming the request.</summary>
    public static (RawCollectionDocument Document, CollectionLinks Links) Parse(HttpResponseMessage response, ArraySegment<byte> bytes, Stream body)
    {
        var page = PageShapeReader.Read(response, bytes, body, keepItems: true);
        try
        {
            var meta = page.Meta is { } m ? page.MetaMembers?.ToFetchMeta() ?? Deserialize<FetchMeta>(page.Json[m]) : null;
            var included = page.Included is { } i ? Deserialize<List<Resource>>(page.Json[i]) : null;
            return (new RawCollectionDocument(page.Items, meta, included), page.Links);
        }
        catch (Exception ex) when (ErrorResponseReader.IsUnreadableBody(ex))
        {
            throw ResponseDocumentReader.Malformed(response, $"its meta or included could not be read ({ex.GetType().Name})", body, ex);
        }
    }

    private static T? Deserialize<T>(ReadOnlyMemory<byte> json)
    {
        var bytes = MemoryMarshal.TryGetArray(json, out var segment) ? segment : new ArraySegment<byte>(json.ToArray());
        using var text = new StreamReader(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        using var reader = new Newtonsoft.Json.JsonTextReader(text) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
        return JsonApiJson.Serializer.Deserialize<T>(reader);
    }
}
