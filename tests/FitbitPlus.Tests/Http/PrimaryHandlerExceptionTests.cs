using System.Net;
using FitbitPlus.Authentication;
using Microsoft.Extensions.DependencyInjection;
using RichardSzalay.MockHttp;

namespace FitbitPlus.Tests.Http;

/// <summary>
/// What escapes when the caller's own primary handler throws (issue 20, finding 6): its exception is wrapped, as a
/// transport failure is, into <see cref="FitbitPlusException"/> (a token request's into
/// <see cref="FitbitPlusAuthenticationException"/>), with the original as <see cref="Exception.InnerException"/>.
/// Only the caller's own cancellation, use after Dispose and caller mistakes in arguments escape as other types.
/// </summary>
public class PrimaryHandlerExceptionTests
{
    private static readonly Func<Exception>[] Faults =
    [
        () => new InvalidOperationException("handler bug"),
        () => new NotSupportedException("handler refuses"),
        () => new TaskCanceledException("the handler gave up on its own"),
    ];

    [TestCaseSource(nameof(Faults))]
    public async Task Api_PrimaryHandlerThrows_WrappedInFitbitPlusExceptionWithTheOriginalInside(Func<Exception> fault)
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => throw fault());
        using var client = harness.CreateClient();

        var generated = await Assert.ThrowsAsync<FitbitPlusException>(() => client.Api.FetchPatientsAsync());
        var paged = await Assert.ThrowsAsync<FitbitPlusException>(() => client.CountAsync("patient"));

        foreach (var ex in new[] { generated!, paged! })
        {
            Assert.That(ex.InnerException, Is.TypeOf(fault().GetType()));
            Assert.That(ex.Message, Does.Contain("GET /pub/patient").And.Contain(fault().Message));
            Assert.That(ex.StatusCode, Is.Null);
        }

        Assert.That(harness.ApiRequests, Has.Count.EqualTo(2), "a handler's own failure is not retried");
    }

    [TestCaseSource(nameof(Faults))]
    public async Task TokenRequest_PrimaryHandlerThrows_WrappedInFitbitPlusAuthenticationException(Func<Exception> fault)
    {
        using var harness = new ClientHarness();
        harness.TokenResponder = (_, _) => Task.FromResult<HttpResponseMessage>(new FaultResponse(fault()));
        using var client = harness.CreateClient();

        var viaApi = await Assert.ThrowsAsync<FitbitPlusAuthenticationException>(() => client.Api.FetchPatientsAsync());
        var viaScope = await Assert.ThrowsAsync<FitbitPlusAuthenticationException>(() => client.GetCredentialsScopeAsync());

        foreach (var ex in new[] { viaApi!, viaScope! })
        {
            Assert.That(ex.InnerException, Is.TypeOf(fault().GetType()));
            Assert.That(ex.Message, Does.Contain("client_credentials").And.Not.Contain(ClientHarness.ClientSecret));
        }

        Assert.That(harness.ApiRequests, Is.Empty);
    }

    [Test]
    public async Task AddFitbitPlus_PrimaryHandlerThrows_WrappedInFitbitPlusException()
    {
        using var harness = new ClientHarness();
        harness.OnApi(HttpMethod.Get, ClientHarness.PatientsUrl, (_, _) => throw new InvalidOperationException("handler bug"));
        var services = new ServiceCollection();
        services.AddFitbitPlus(o =>
        {
            var configured = harness.Options();
            o.BaseAddress = configured.BaseAddress;
            o.ClientId = configured.ClientId;
            o.ClientSecret = configured.ClientSecret;
            o.TimeProvider = configured.TimeProvider;
        }).ConfigurePrimaryHttpMessageHandler(() => new CancellationHonouringHandler(harness.Mock));
        await using var provider = services.BuildServiceProvider();

        var ex = await Assert.ThrowsAsync<FitbitPlusException>(() => provider.GetRequiredService<FitbitPlusClient>().Api.FetchPatientsAsync());

        Assert.That(ex!.InnerException, Is.TypeOf<InvalidOperationException>());
    }

    [Test]
    public async Task Api_CallerCancelsWhileTheHandlerWaits_OperationCanceledExceptionEscapes()
    {
        using var harness = new ClientHarness();
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var never = new TaskCompletionSource<HttpResponseMessage>();
        harness.Mock.When(HttpMethod.Get, ClientHarness.PatientsUrl).Respond(_ =>
        {
            reached.TrySetResult();
            return never.Task;
        });
        using var client = harness.CreateClient();
        using var cts = new CancellationTokenSource();

        var call = client.Api.FetchPatientsAsync(cancellationToken: cts.Token);
        await reached.Task;
        await cts.CancelAsync();

        var ex = await Assert.CatchAsync<OperationCanceledException>(() => call);
        Assert.That(ex!.CancellationToken, Is.EqualTo(cts.Token));
    }

    [Test]
    public async Task Api_AfterDispose_ObjectDisposedExceptionEscapes()
    {
        using var harness = new ClientHarness();
        var client = harness.CreateClient();
        client.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.Api.FetchPatientsAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.CountAsync("patient"));
    }

    [Test]
    public void Constructor_CallerMistakes_ArgumentExceptionsEscape()
    {
        using var harness = new ClientHarness();

        Assert.Throws<ArgumentNullException>(() => _ = new FitbitPlusClient(null!));
        Assert.Throws<ArgumentNullException>(() => _ = new FitbitPlusClient(harness.Options(), (HttpMessageHandler)null!));
        Assert.Throws(Is.InstanceOf<ArgumentException>(), () => _ = new FitbitPlusClient(harness.Options(o => o.ClientSecret = "")));
    }
}
