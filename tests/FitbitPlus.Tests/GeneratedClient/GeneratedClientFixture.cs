using System.Net;
using System.Text;
using FitbitPlus.Models;
using FitbitPlus.Tests.Support;
using RichardSzalay.MockHttp;

namespace FitbitPlus.Tests.GeneratedClient;

/// <summary>The raw generated client over MockHttp, recording what it sends.</summary>
internal sealed class GeneratedClientFixture : IDisposable
{
    public static readonly Uri BaseAddress = new("https://api.example.test/pub/");

    private readonly HttpClient _http;

    public GeneratedClientFixture(string responseBody = """{"data":[]}""", HttpStatusCode status = HttpStatusCode.OK, string mediaType = "application/vnd.api+json")
    {
        Mock.Fallback.Respond(async request =>
        {
            Requests.Add(await CapturedRequest.FromAsync(request));
            return new HttpResponseMessage(status) { Content = new StringContent(responseBody, Encoding.UTF8, mediaType) };
        });
        _http = Mock.ToHttpClient();
        _http.BaseAddress = BaseAddress;
        Client = new FitbitPlusApiClient(_http);
    }

    public MockHttpMessageHandler Mock { get; } = new();

    public FitbitPlusApiClient Client { get; }

    public List<CapturedRequest> Requests { get; } = new();

    public CapturedRequest Last => Requests[^1];

    /// <summary>The request path relative to the API base address (for example <c>patient/p1</c>).</summary>
    public string RelativePath => BaseAddress.MakeRelativeUri(new Uri(Last.Uri.GetLeftPart(UriPartial.Path))).ToString();

    public void Dispose()
    {
        _http.Dispose();
        Mock.Dispose();
    }
}
