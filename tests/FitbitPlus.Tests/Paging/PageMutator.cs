using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Paging;

/// <summary>
/// Seeded mutations of a valid page: a value replaced, a member removed, an array item duplicated, a byte inserted,
/// the body cut. Values are replaced only down to the members of a resource (type, id, attributes, ...): what lies
/// below is the collection's attribute schema, which only the typed pager knows, not the page shape.
/// </summary>
internal sealed class PageMutator(string page, int seed)
{
    private static readonly string[] Replacements = ["null", "\"\"", "\"x\"", "0", "-1", "1.5", "true", "{}", "[]", """{"type":"patient"}""", "[null]"];
    private static readonly byte[] InsertedBytes = [(byte)' ', (byte)'x', (byte)'7', (byte)'-', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':', (byte)'"', (byte)'\\', 0x00, 0x1F, 0x80, 0xC3, 0xFF];

    private readonly Random _random = new(seed);
    private readonly JObject _page = JObject.Parse(page);
    private readonly byte[] _bytes = Encoding.UTF8.GetBytes(page);

    /// <summary>The next mutation and what it did.</summary>
    public (byte[] Body, string Kind) Next()
    {
        switch (_random.Next(5))
        {
            case 0:
            {
                var (copy, nodes) = Nodes(maxDepth: 3);
                var target = nodes[_random.Next(nodes.Count)];
                target.Replace(JToken.Parse(Replacements[_random.Next(Replacements.Length)]));
                return (Serialize(copy), "value replaced");
            }

            case 1:
            {
                var (copy, nodes) = Nodes(maxDepth: int.MaxValue);
                var members = nodes.Where(n => n.Parent is JProperty).ToList();
                members[_random.Next(members.Count)].Parent!.Remove();
                return (Serialize(copy), "member removed");
            }

            case 2:
            {
                var (copy, nodes) = Nodes(maxDepth: int.MaxValue);
                var items = nodes.Where(n => n.Parent is JArray).ToList();
                var item = items[_random.Next(items.Count)];
                item.AddAfterSelf(item.DeepClone());
                return (Serialize(copy), "item duplicated");
            }

            case 3:
            {
                var at = _random.Next(_bytes.Length + 1);
                var inserted = InsertedBytes[_random.Next(InsertedBytes.Length)];
                return ([.. _bytes[..at], inserted, .. _bytes[at..]], "byte inserted");
            }

            default:
                return (_bytes[.._random.Next(_bytes.Length)], "body cut");
        }
    }

    // A fresh copy of the page and its values (every token that is a value: not the properties themselves) to the depth.
    private (JObject Copy, List<JToken> Nodes) Nodes(int maxDepth)
    {
        var copy = (JObject)_page.DeepClone();
        var nodes = copy.Descendants().Where(t => t is not JProperty && ValueDepth(t) <= maxDepth).ToList();
        return (copy, nodes);
    }

    private static int ValueDepth(JToken token)
    {
        var depth = 0;
        for (var t = token; t.Parent is not null; t = t.Parent)
        {
            depth += t.Parent is JProperty ? 0 : 1;
        }

        return depth;
    }

    private static byte[] Serialize(JToken token) => Encoding.UTF8.GetBytes(token.ToString(Formatting.None));
}
