using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.GeneratedClient;

/// <summary>One example of the publisher's document paired with the generated type our spec maps it to.</summary>
/// <param name="Name">Where the example comes from and where it goes, e.g. <c>FetchPatientResponse → FetchPatientResponse</c>.</param>
/// <param name="Source">The publisher's definition holding the example (<c>definitions/X/example</c> or assembled from its properties).</param>
/// <param name="Json">The example as JSON, strings kept as written (no date parsing).</param>
/// <param name="TargetType">Our generated class name.</param>
/// <param name="Usages">Where the publisher uses the definition (operation + status or body, or the definition itself).</param>
internal sealed record PublisherExample(string Name, string Source, JToken Json, string TargetType, IReadOnlyList<string> Usages);
