using System.Globalization;

namespace FitbitPlus.Mock.Hosting;

/// <summary>Parses the standalone command line into <see cref="MockServerOptions"/>.</summary>
internal static class CommandLineOptions
{
    /// <summary>The usage text printed for <c>--help</c> and errors.</summary>
    public const string Usage =
        "Usage: FitbitPlus.Mock [--port 5080] [--patients 100] [--token-lifetime 3600] [--fault-rate 0.1] " +
        "[--latency-ms 0] [--client-id demo-client] [--client-secret demo-secret] [--admin] " +
        "[--token-scope organization|groups-only] [--request-log 100] [--patients-only]";

    /// <summary>Parses <paramref name="args"/>; throws <see cref="FormatException"/> naming the bad argument.</summary>
    public static MockServerOptions Parse(IReadOnlyList<string> args, out bool helpRequested)
    {
        var options = new MockServerOptions();
        helpRequested = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            switch (name)
            {
                case "--help" or "-h":
                    helpRequested = true;
                    break;
                case "--patients-only":
                    options.SeedPatientRecords = false;
                    break;
                case "--admin":
                    options.EnableAdminInterface = true;
                    break;
                case "--port":
                    options.Port = Int(name, Value(args, ref i));
                    break;
                case "--patients":
                    options.PatientCount = Int(name, Value(args, ref i));
                    break;
                case "--token-lifetime":
                    options.TokenLifetime = TimeSpan.FromSeconds(Int(name, Value(args, ref i)));
                    break;
                case "--fault-rate":
                    options.FaultRate = Double(name, Value(args, ref i));
                    break;
                case "--latency-ms":
                    options.Latency = TimeSpan.FromMilliseconds(Int(name, Value(args, ref i)));
                    break;
                case "--client-id":
                    options.ClientId = Value(args, ref i);
                    break;
                case "--client-secret":
                    options.ClientSecret = Value(args, ref i);
                    break;
                case "--request-log":
                    // How many requests WireMock keeps in its log; a long run can raise it to keep the whole log.
                    options.MaxRequestLogCount = Int(name, Value(args, ref i));
                    break;
                case "--token-scope":
                    options.TokenScopeShape = Shape(name, Value(args, ref i));
                    break;
                default:
                    throw new FormatException($"Unknown argument '{name}'.");
            }
        }

        return options;
    }

    private static string Value(IReadOnlyList<string> args, ref int index)
    {
        if (index + 1 >= args.Count)
        {
            throw new FormatException($"{args[index]} needs a value.");
        }

        return args[++index];
    }

    private static int Int(string name, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{name} needs an integer, not '{text}'.");

    private static double Double(string name, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{name} needs a number, not '{text}'.");

    private static TokenScopeShape Shape(string name, string text) => text switch
    {
        "organization" => TokenScopeShape.Organization,
        "groups-only" => TokenScopeShape.GroupsOnly,
        _ => throw new FormatException($"{name} needs organization or groups-only, not '{text}'."),
    };
}
