using System.Net;
using System.Net.Http.Headers;
using FitbitPlus.Authentication;

namespace FitbitPlus.Tests.Http;

/// <summary>Response size limits (issue 14, finding 7): a 50 MB body is refused after the limit, never read whole.</summary>
public class ResponseSizeLimitTests
{
    private const long FiftyMegabytes = 50L * 1000 * 1000;

    [Test]
    public async Task Api_50MegabyteBodyWithoutLength_RefusedAtTheDefaultLimitWithoutReadingOn()
    {
        using var harness = new ClientHarness();
        var body = new GeneratedBody(FiftyMegabytes);
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => Respond(HttpStatusCode.OK, body, declareLength: false));
        using var client = harness.CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => client.Api.FetchPatientsAsync());

        Assert.That(ex!.Message, Does.Contain("16 MiB").And.Contain("MaxResponseBytes").And.Contain("GET /pub/patient"));
        Assert.That(body.Served, Is.LessThanOrEqualTo(FitbitPlusClientOptions.DefaultMaxResponseBytes + (1024 * 1024)), "reading stopped at the limit");
    }

    [Test]
    public async Task Api_50MegabyteDeclaredLength_RefusedBeforeReading()
    {
        using var harness = new ClientHarness();
        var body = new GeneratedBody(FiftyMegabytes);
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => Respond(HttpStatusCode.OK, body, declareLength: true));
        using var client = harness.CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => client.Api.FetchPatientsAsync());

        Assert.That(ex!.Message, Does.Contain("50000000 bytes").And.Contain("16 MiB"));
        Assert.That(body.Served, Is.Zero);
    }

    [Test]
    public async Task Paging_50MegabytePage_RefusedAtAConfiguredLimit()
    {
        using var harness = new ClientHarness();
        var body = new GeneratedBody(FiftyMegabytes);
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl + "*", (_, _) => Respond(HttpStatusCode.OK, body, declareLength: false));
        using var client = harness.CreateClient(o => o.MaxResponseBytes = 1024 * 1024);

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(async () =>
        {
            await foreach (var _ in client.EnumerateJsonAsync("patient"))
            {
            }
        });

        Assert.That(ex!.Message, Does.Contain("1 MiB"));
        Assert.That(body.Served, Is.LessThanOrEqualTo(2 * 1024 * 1024));
    }

    [Test]
    public async Task Api_ErrorStatusWith50MegabyteBody_RefusedToo()
    {
        using var harness = new ClientHarness();
        var body = new GeneratedBody(FiftyMegabytes);
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => Respond(HttpStatusCode.BadRequest, body, declareLength: false));
        using var client = harness.CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => client.Api.FetchPatientsAsync());

        Assert.That(ex!.Message, Does.Contain("16 MiB"));
        Assert.That(ex.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task TokenEndpoint_100KilobyteAnswer_RefusedAtTheTokenLimit()
    {
        using var harness = new ClientHarness();
        var body = new GeneratedBody(100 * 1024);
        harness.TokenResponder = (_, _) => Task.FromResult(Respond(HttpStatusCode.Created, body, declareLength: false));
        using var client = harness.CreateClient();

        var ex = await Assert.ThrowsAsync<FitbitPlusAuthenticationException>(() => client.Api.FetchPatientsAsync());

        Assert.That(ex!.Message, Does.Contain("64 KiB").And.Contain("MaxTokenResponseBytes"));
        Assert.That(harness.ApiRequests, Is.Empty);
    }

    [Test]
    public void Options_SizeLimitOutOfRange_RejectedNamingTheOption()
    {
        var harness = new ClientHarness();
        using (harness)
        {
            var ex = Assert.Throws<ArgumentException>(() => harness.CreateClient(o => o.MaxTokenResponseBytes = 0));

            Assert.That(ex!.Message, Does.Contain("MaxTokenResponseBytes"));
        }
    }

    private static HttpResponseMessage Respond(HttpStatusCode status, GeneratedBody body, bool declareLength)
    {
        var content = new StreamContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(ClientHarness.JsonApi);
        content.Headers.ContentLength = declareLength ? body.Length : null;
        return new HttpResponseMessage(status) { Content = content };
    }

    /// <summary>A JSON-ish body of the given length produced as it is read: no test allocates 50 MB.</summary>
    private sealed class GeneratedBody(long length) : Stream
    {
        private long _position;

        public long Served => Interlocked.Read(ref _position);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            if (n <= 0)
            {
                return 0;
            }

            buffer.AsSpan(offset, n).Fill((byte)' ');
            if (_position == 0)
            {
                buffer[offset] = (byte)'{';
            }

            Interlocked.Add(ref _position, n);
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
