using System.Text;

namespace FitbitPlus.Tests.Paging;

/// <summary>
/// A differential fuzz of the three pagers: seeded mutations of a valid second page, each read by the typed, the by-name
/// and the raw pager. They must agree (all accept with the same resources, or all throw a FitbitPlusException), throw
/// nothing else, and never yield a resource without a type and an id.
/// </summary>
public class PagerDifferentialTests
{
    private const int Mutations = 2000;

    // Non-ASCII text (so a cut can split a character), a relationship, an included resource, a count and links.
    private const string SecondPage = """
        {"meta":{"req_id":"r2","count":4},
         "data":[{"type":"calendar_event","id":"e3","attributes":{"title":"Walk with José","time_zone":"UTC"},"relationships":{"patient":{"data":{"type":"patient","id":"p1"}}},"links":{"self":"/pub/calendar_event/e3"}},
                 {"type":"calendar_event","id":"e4","attributes":{"title":"Run"}}],
         "included":[{"type":"patient","id":"p1","attributes":{"first_name":"Zoë"}}],
         "links":{"self":"/pub/calendar_event?page[after]=e2"}}
        """;

    [Test]
    public async Task EveryPager_SeededMutationsOfASecondPage_SameVerdictNoOtherExceptionNoResourceWithoutTypeAndId()
    {
        using var pagers = new EveryPager();
        var mutator = new PageMutator(SecondPage, seed: 20);
        int accepted = 0, refused = 0;
        var disagreements = new List<string>();
        var otherExceptions = new List<string>();
        var withoutIdentity = new List<string>();

        for (var i = 0; i < Mutations; i++)
        {
            var (body, kind) = mutator.Next();
            pagers.SecondPage = body;
            var outcomes = await pagers.ReadAllAsync();
            var what = $"#{i} {kind}: {Encoding.UTF8.GetString(body)}";

            for (var p = 0; p < outcomes.Length; p++)
            {
                if (outcomes[p].Error is { } error && error.GetType() != typeof(FitbitPlusException))
                {
                    otherExceptions.Add($"{EveryPager.Names[p]} threw {error.GetType().Name} ({error.Message}) on {what}");
                }

                if (outcomes[p].Resources.Any(r => r.Type is null || r.Id is null))
                {
                    withoutIdentity.Add($"{EveryPager.Names[p]} yielded a resource without type or id on {what}");
                }
            }

            var verdicts = outcomes.Select(o => o.Accepted ? "accepted" : "refused").ToArray();
            var same = verdicts.Distinct().Count() == 1
                && (outcomes[0].Accepted
                    ? outcomes.All(o => o.Resources.SequenceEqual(outcomes[0].Resources))
                    : outcomes.All(o => o.Error!.Message == outcomes[0].Error!.Message));
            if (!same)
            {
                disagreements.Add($"{what}\n  " + string.Join("\n  ", outcomes.Select((o, p) =>
                    $"{EveryPager.Names[p]}: {(o.Accepted ? string.Join(",", o.Resources) : o.Error!.Message)}")));
            }

            accepted += outcomes.All(o => o.Accepted) ? 1 : 0;
            refused += outcomes.All(o => !o.Accepted) ? 1 : 0;
        }

        TestContext.Out.WriteLine($"mutations {Mutations}, accepted {accepted}, refused {refused}, disagreements {disagreements.Count}, "
            + $"other exceptions {otherExceptions.Count}, resources without type or id {withoutIdentity.Count}");
        foreach (var line in disagreements.Concat(otherExceptions).Concat(withoutIdentity).Take(10))
        {
            TestContext.Out.WriteLine(line);
        }

        Assert.Multiple(() =>
        {
            Assert.That(disagreements, Is.Empty, "pages on which the pagers disagree");
            Assert.That(otherExceptions, Is.Empty, "exceptions other than FitbitPlusException");
            Assert.That(withoutIdentity, Is.Empty, "resources yielded without a type or an id");
            Assert.That(accepted, Is.GreaterThan(Mutations / 10), "the mutations must not all be refused");
            Assert.That(refused, Is.GreaterThan(Mutations / 10), "the mutations must not all be accepted");
        });
    }
}
