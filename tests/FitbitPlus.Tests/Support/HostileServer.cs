using System.Text;
using FitbitPlus.Tests.Http;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace FitbitPlus.Tests.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 (free port) that issues ordinary tokens and answers every other request with
/// <see cref="Respond"/>: for CLI tests against servers that misbehave.
/// </summary>
internal sealed class HostileServer : IDisposable
{
    private readonly WireMockServer _server;

    public HostileServer(Func<IRequestMessage, string> respond, int status = 200)
    {
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
        _server.Given(Request.Create().WithPath("/pub/oauth/token").UsingPost()).AtPriority(1).RespondWith(Response.Create().WithStatusCode(201)
            .WithHeader("Content-Type", ClientHarness.JsonApi).WithBody(ClientHarness.TokenDocument("access-h1", "refresh-h1", 3600)));
        _server.Given(Request.Create().UsingAnyMethod()).AtPriority(10).RespondWith(Response.Create().WithCallback(request =>
        {
            var message = new ResponseMessage { StatusCode = status };
            message.AddHeader("Content-Type", ClientHarness.JsonApi);
            message.BodyData = new BodyData { BodyAsString = respond(request), DetectedBodyType = BodyType.String, Encoding = new UTF8Encoding(false) };
            return message;
        }));
    }

    public string BaseUrl => $"http://127.0.0.1:{_server.Ports[0]}/pub/";

    public int ApiRequests => _server.LogEntries.Count(e => e.RequestMessage?.Path != "/pub/oauth/token");

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }
}
