using FitbitPlus.Models;
using Newtonsoft.Json;

namespace FitbitPlus.Paging;

/// <summary>The generated client's serializer settings (including any <c>UpdateJsonSerializerSettings</c> hook).</summary>
internal sealed class GeneratedJson : FitbitPlusApiClient
{
    private static readonly Lazy<JsonSerializerSettings> Settings = new(() =>
    {
        using var http = new HttpClient();
        return new GeneratedJson(http).JsonSerializerSettings;
    });

    private GeneratedJson(HttpClient http)
        : base(http)
    {
    }

    /// <summary>A serializer configured exactly like the generated client's.</summary>
    public static JsonSerializer CreateSerializer() => JsonSerializer.Create(Settings.Value);
}
