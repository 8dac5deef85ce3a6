using System.Net;
using System.Net.Sockets;

namespace FitbitPlus.Benchmarks.MockThroughput;

/// <summary>A free TCP port on 127.0.0.1, from the operating system.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
