using System.Net;
using FitbitPlus.Cli.Output;
using FitbitPlus.Paging;
using FitbitPlus.Tests.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static FitbitPlus.Tests.JsonApi.TypedIncludedDocuments;

namespace FitbitPlus.Tests.Cli.Output;

public sealed class RelatedResourceInlinerTests
{
    [Test]
    public async Task Resolve_IncludedKnownTypeFromByNamePaging_WrittenExactlyAsSentWithExplicitNulls()
    {
        var pages = await ByNamePagesWithRawCoachAsync();

        // What export --include coaches writes under the primary resource's "included".
        var inlined = new RelatedResourceInliner(pages.Single().Included, new ExportStatistics())
            .Resolve(pages.Single().Resources.Single(), IncludeTree.Parse("coaches")!);

        var sent = JToken.ReadFrom(new JsonTextReader(new StringReader(RawCoach)) { DateParseHandling = DateParseHandling.None });
        Assert.That(inlined["coaches"]!.Single().ToString(Formatting.None), Is.EqualTo(sent.ToString(Formatting.None)));
        Assert.That(inlined["coaches"]!.Single()["attributes"]!["last_name"]!.Type, Is.EqualTo(JTokenType.Null));
    }
}
