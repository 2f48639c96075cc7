using System.Net;
using System.Net.Sockets;

namespace LearningCity.Tests.Infrastructure;

/// <summary>A port on 127.0.0.1 that nothing listens on right now, for a server a test starts itself.</summary>
public static class LoopbackPort
{
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
