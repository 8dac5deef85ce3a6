using System.Reflection;
using System.Runtime.Versioning;

namespace FitbitPlus.Tests.Support;

/// <summary>Each target framework's test run executes on that framework's runtime (net8.0 is not rolled forward to 10).</summary>
public class TargetRuntimeTests
{
    [Test]
    public void Runtime_OfThisTestRun_MatchesTheTargetFramework()
    {
#if NET10_0
        const int expectedMajor = 10;
#elif NET8_0
        const int expectedMajor = 8;
#endif
        Assert.That(Environment.Version.Major, Is.EqualTo(expectedMajor));
        var libraryTarget = typeof(FitbitPlusClient).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;
        Assert.That(libraryTarget, Is.EqualTo($".NETCoreApp,Version=v{expectedMajor}.0"), "the library build of this framework is the one tested");
    }
}
