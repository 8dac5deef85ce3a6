using Newtonsoft.Json.Linq;

namespace FitbitPlus.Mock.JsonApi;

/// <summary>Builds the JSON:API documents (and their <c>meta</c>) the mock answers with.</summary>
internal static class Documents
{
    /// <summary>An error document: <c>{"meta":{"req_id"},"errors":[{status,code,title,detail,source}]}</c>.</summary>
    public static MockResponse Error(string requestId, MockApiException error)
    {
        var item = new JObject
        {
            ["status"] = error.Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["code"] = error.Code,
            ["title"] = error.Code,
            ["detail"] = error.Message,
        };
        if (error.Parameter is not null || error.Pointer is not null)
        {
            var source = new JObject();
            if (error.Parameter is not null)
            {
                source["parameter"] = error.Parameter;
            }

            if (error.Pointer is not null)
            {
                source["pointer"] = error.Pointer;
            }

            item["source"] = source;
        }

        var document = new JObject
        {
            ["meta"] = new JObject { ["req_id"] = requestId },
            ["errors"] = new JArray(item),
        };
        return MockResponse.Document(error.Status, document);
    }

    /// <summary>A single-resource document.</summary>
    public static JObject Single(string requestId, JObject resource, IReadOnlyCollection<JObject>? included = null)
    {
        var document = new JObject
        {
            ["meta"] = new JObject { ["req_id"] = requestId },
            ["data"] = resource,
        };
        AddIncluded(document, included);
        return document;
    }

    /// <summary>A collection document with <c>meta.count</c> and paging links.</summary>
    public static JObject Collection(string requestId, int count, IEnumerable<JToken> resources, JObject links, IReadOnlyCollection<JObject>? included)
    {
        var document = new JObject
        {
            ["meta"] = new JObject { ["req_id"] = requestId, ["count"] = count },
            ["links"] = links,
            ["data"] = new JArray(resources),
        };
        AddIncluded(document, included);
        return document;
    }

    private static void AddIncluded(JObject document, IReadOnlyCollection<JObject>? included)
    {
        if (included is not null)
        {
            document["included"] = new JArray(included);
        }
    }
}
