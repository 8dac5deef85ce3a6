using FitbitPlus.Cli;

namespace FitbitPlus.Tests.Cli;

public class CliContextTests
{
    [Test]
    public void WriteError_SecretOfSixOrMoreCharacters_Masked()
    {
        var (context, stderr) = Create();
        context.RegisterSecret("secret-123");

        context.WriteError("the server echoed secret-123 back");

        Assert.That(stderr.ToString(), Is.EqualTo("fitbitplus: error: the server echoed *** back" + Environment.NewLine));
    }

    [Test]
    public void WriteError_OneLetterSecret_LeavesTheMessageReadable()
    {
        var (context, stderr) = Create();
        context.RegisterSecret("s");

        context.WriteError("The token request (grant_type client_credentials) failed: Connection refused");

        Assert.That(stderr.ToString(), Does.Contain("The token request (grant_type client_credentials) failed: Connection refused"));
    }

    private static (CliContext Context, StringWriter Stderr) Create()
    {
        var stderr = new StringWriter();
        return (new CliContext(new StringWriter(), stderr, new Dictionary<string, string?>(), stderrIsTerminal: false, TimeProvider.System), stderr);
    }
}
