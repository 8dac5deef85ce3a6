using FitbitPlus.Cli.Output;
using Newtonsoft.Json.Linq;

namespace FitbitPlus.Tests.Cli.Output;

public sealed class CsvFieldTests
{
    [TestCase("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [TestCase("+1+cmd|' /C calc'!A0", "\"'+1+cmd|' /C calc'!A0\"")]
    [TestCase("-2+3", "\"'-2+3\"")]
    [TestCase("@SUM(A1:A9)", "\"'@SUM(A1:A9)\"")]
    [TestCase("\t=1", "\"'\t=1\"")]
    [TestCase("\r=1", "\"'\r=1\"")]
    public void Escape_FormulaLeadingCharacter_PrefixesAQuoteAndQuotesTheCell(string text, string expected)
    {
        Assert.That(CsvField.Escape(text), Is.EqualTo(expected));
    }

    [TestCase("plain", "plain")]
    [TestCase("a,b", "\"a,b\"")]
    [TestCase("x=1", "x=1")]
    [TestCase("", "")]
    public void Escape_OrdinaryText_IsUnchangedOrOnlyQuoted(string text, string expected)
    {
        Assert.That(CsvField.Escape(text), Is.EqualTo(expected));
    }

    [Test]
    public void Cell_NegativeJsonNumber_StaysANumber()
    {
        Assert.That(CsvField.Cell(new JValue(-5.25)), Is.EqualTo("-5.25"));
    }

    [Test]
    public void Cell_StringThatLooksLikeANegativeNumber_IsNeutralised()
    {
        // A string is text whatever it holds; only JSON numbers are passed through.
        Assert.That(CsvField.Cell(new JValue("-5")), Is.EqualTo("\"'-5\""));
    }
}
