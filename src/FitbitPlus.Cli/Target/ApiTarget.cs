using FitbitPlus.Mock;

namespace FitbitPlus.Cli.Target;

/// <summary>A connected client, plus the embedded mock server it talks to when no credentials were given.</summary>
internal sealed class ApiTarget : IDisposable
{
    private readonly FitbitPlusMockServer? _mock;

    private ApiTarget(FitbitPlusClient client, FitbitPlusMockServer? mock)
    {
        Client = client;
        _mock = mock;
    }

    /// <summary>The client of the target API.</summary>
    public FitbitPlusClient Client { get; }

    /// <summary>Creates the client, starting the embedded mock (and saying so on stderr) when it was asked for.</summary>
    /// <exception cref="UsageException">Neither credentials nor the mock, or both, were given.</exception>
    public static ApiTarget Connect(TargetSettings settings, CliContext context)
    {
        context.RegisterSecret(settings.ClientSecret);
        settings.Validate();
        if (!settings.UsesEmbeddedMock)
        {
            return new ApiTarget(CreateClient(settings.ToClientOptions()), null);
        }

        var mock = FitbitPlusMockServer.Start(new MockServerOptions { PatientCount = settings.MockPatients });
        try
        {
            context.RegisterSecret(mock.ClientSecret);
            context.WriteNotice($"using the embedded mock server at {mock.BaseAddress} with fake seed data (--mock)");
            var options = new FitbitPlusClientOptions { BaseAddress = mock.BaseAddress, ClientId = mock.ClientId, ClientSecret = mock.ClientSecret };
            return new ApiTarget(CreateClient(options), mock);
        }
        catch
        {
            mock.Dispose();
            throw;
        }
    }

    /// <summary>Disposes the client, then stops the mock.</summary>
    public void Dispose()
    {
        Client.Dispose();
        _mock?.Dispose();
    }

    private static FitbitPlusClient CreateClient(FitbitPlusClientOptions options)
    {
        try
        {
            return new FitbitPlusClient(options);
        }
        catch (ArgumentException error)
        {
            // Option validation names the option and never includes the secret.
            throw new UsageException(error.Message.Replace(" (Parameter 'options')", string.Empty, StringComparison.Ordinal));
        }
    }
}
