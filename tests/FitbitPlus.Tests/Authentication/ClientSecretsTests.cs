using System.Runtime.CompilerServices;
using FitbitPlus.Authentication;
using FitbitPlus.Tests.Http;

namespace FitbitPlus.Tests.Authentication;

/// <summary>The per-client secret set and the registry of live clients (issue 20, finding 1).</summary>
public class ClientSecretsTests
{
    [Test]
    public void AddToken_1000Tokens_KeepsTheSecretAndOnlyTheRecentTokens()
    {
        using var secrets = new ClientSecrets("bounded-secret-value");

        for (var n = 1; n <= 1000; n++)
        {
            secrets.AddToken($"bounded-token-{n:D4}");
        }

        Assert.That(secrets.Values, Has.Length.EqualTo(1 + ClientSecrets.RecentTokens));
        Assert.That(secrets.Values, Does.Contain("bounded-secret-value").And.Contain("bounded-token-1000").And.Contain("bounded-token-0993"));
        Assert.That(secrets.Values, Does.Not.Contain("bounded-token-0992"));
    }

    [Test]
    public void Redact_OneTokenInsideAnother_MasksTheLongerWhole()
    {
        using var secrets = new ClientSecrets(null);
        secrets.AddToken("nested-token");
        secrets.AddToken("nested-token-longer");

        Assert.That(KnownSecrets.Redact("a nested-token-longer b nested-token c"), Is.EqualTo("a *** b *** c"));
    }

    [Test]
    public void Dispose_Client_StopsMaskingItsSecret()
    {
        using var harness = new ClientHarness();
        var secret = "disposed-secret-" + Guid.NewGuid().ToString("N");
        var client = harness.CreateClient(o => o.ClientSecret = secret);
        Assert.That(new FitbitPlusException(secret).Message, Is.EqualTo("***"));

        client.Dispose();
        client.Dispose();

        Assert.That(new FitbitPlusException(secret).Message, Is.EqualTo(secret));
    }

    [Test]
    public void Exception_BuiltWhileItsClientLived_ToStringStillMasksAfterDispose()
    {
        using var harness = new ClientHarness();
        var secret = "snapshot-secret-" + Guid.NewGuid().ToString("N");
        var client = harness.CreateClient(o => o.ClientSecret = secret);
        var ex = new FitbitPlusException("outer", null, null, null, null, new InvalidOperationException("inner " + secret));

        client.Dispose();

        Assert.That(ex.ToString(), Does.Not.Contain(secret).And.Contain("inner ***"));
    }

    [Test]
    public void Registry_LeakedClientCollected_DropsOut()
    {
        using var harness = new ClientHarness();
        var secret = "leaked-secret-" + Guid.NewGuid().ToString("N");
        var leaked = CreateAndForget(harness, secret);

        for (var i = 0; i < 10 && leaked.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.That(leaked.IsAlive, Is.False, "the registry must not keep a client alive");
        Assert.That(KnownSecrets.Redact(secret), Is.EqualTo(secret));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CreateAndForget(ClientHarness harness, string secret)
    {
        var client = harness.CreateClient(o => o.ClientSecret = secret);
        Assert.That(KnownSecrets.Redact(secret), Is.EqualTo("***"));
        return new WeakReference(client);
    }
}
