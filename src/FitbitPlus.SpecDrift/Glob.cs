using System.Text;
using System.Text.RegularExpressions;

namespace FitbitPlus.SpecDrift;

/// <summary>An anchored, case-sensitive glob: <c>*</c> matches any run of characters, <c>?</c> exactly one.</summary>
internal sealed class Glob
{
    private readonly Regex regex;

    /// <summary>Compiles <paramref name="pattern"/>.</summary>
    public Glob(string pattern)
    {
        Pattern = pattern;
        var builder = new StringBuilder("^");
        foreach (var c in pattern)
        {
            builder.Append(c switch
            {
                '*' => ".*",
                '?' => ".",
                _ => Regex.Escape(c.ToString()),
            });
        }

        builder.Append('$');
        regex = new Regex(builder.ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The original glob text.</summary>
    public string Pattern { get; }

    /// <summary>Whether the whole of <paramref name="text"/> matches.</summary>
    public bool IsMatch(string text) => regex.IsMatch(text);

    /// <inheritdoc />
    public override string ToString() => Pattern;
}
