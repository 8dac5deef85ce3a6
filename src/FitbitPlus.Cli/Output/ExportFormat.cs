namespace FitbitPlus.Cli.Output;

/// <summary>The file formats of <c>fitbitplus export</c>.</summary>
internal enum ExportFormat
{
    /// <summary>JSON Lines: one compact resource object per line.</summary>
    JsonLines,

    /// <summary>CSV with a header row; attributes flattened into columns.</summary>
    Csv,
}
