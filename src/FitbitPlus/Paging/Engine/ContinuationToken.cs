using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Paging;

/// <summary>
/// The opaque resume point of an enumeration: the origin-relative link of the page to fetch, how many of that
/// page's resources were already yielded, the total yielded so far and the first page's <c>meta.count</c>.
/// Encoded as base64url JSON; it carries no credentials and no origin (resuming always uses the client's).
/// </summary>
internal sealed record ContinuationToken(string Link, bool Skip, int SkipInPage, long Yielded, int? ExpectedCount)
{
    private const int Version = 1;

    public string Encode()
    {
        var json = new JObject
        {
            ["v"] = Version,
            ["link"] = Link,
            ["strategy"] = Skip ? "skip" : "cursor",
            ["offset"] = SkipInPage,
            ["yielded"] = Yielded,
            ["count"] = ExpectedCount,
        }.ToString(Formatting.None);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static ContinuationToken Decode(string token)
    {
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var obj = JObject.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
            if ((int?)obj["v"] != Version
                || (string?)obj["link"] is not { Length: > 0 } link
                || (string?)obj["strategy"] is not ("skip" or "cursor")
                || (int?)obj["offset"] is not >= 0
                || (long?)obj["yielded"] is not >= 0)
            {
                throw new FormatException("missing or invalid members");
            }

            return new ContinuationToken(link, (string?)obj["strategy"] == "skip", (int)obj["offset"]!, (long)obj["yielded"]!, (int?)obj["count"]);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidCastException or ArgumentException or OverflowException)
        {
            throw new ArgumentException($"The continuation token is not one this library issued ({ex.Message}).", "options", ex);
        }
    }
}
