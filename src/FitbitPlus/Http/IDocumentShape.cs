namespace FitbitPlus.Http;

/// <summary>A JSON reader that notices, while the document streams past, whether it carries a top-level <c>errors</c> member.</summary>
internal interface IDocumentShape
{
    /// <summary>True when the document has a top-level <c>errors</c> member.</summary>
    bool HasErrors { get; }
}
