namespace FitbitPlus.Diagnostics;

/// <summary>A spec operation as telemetry names it: its operationId, and the catalog name of its collection for pages.</summary>
internal sealed record ApiOperation(string OperationId, string? Collection);
