using System.Text.RegularExpressions;
using FitbitPlus.Tests.Support;

namespace FitbitPlus.Tests.Mock;

/// <summary>
/// A copy of spec/fitbit-plus.yaml with a collection no handwritten mock code knows: <c>appointment_note</c>, the
/// email_history operations under a new path (plus a create), as a spec change would add it.
/// </summary>
internal static class SpecAppointmentNote
{
    public static string Yaml { get; } = Build();

    private static string Build()
    {
        var spec = File.ReadAllText(RepositoryPaths.Spec);
        var block = Regex.Match(spec, @"^  /email_history:\n.*?(?=^  /health_profile:)", RegexOptions.Multiline | RegexOptions.Singleline).Value;
        var copy = block
            .Replace("/email_history", "/appointment_note", StringComparison.Ordinal)
            .Replace("operationId: fetchEmailHistories", "operationId: fetchAppointmentNotes", StringComparison.Ordinal)
            .Replace("operationId: fetchEmailHistory", "operationId: fetchAppointmentNote", StringComparison.Ordinal);
        string[] create =
        [
            "    post:",
            "      summary: Create appointment note.",
            "      operationId: createAppointmentNote",
            "      parameters:",
            "      - name: body",
            "        in: body",
            "        required: true",
            "        schema:",
            "          $ref: '#/definitions/FetchEmailHistoryResponse'",
            "      responses:",
            "        '201':",
            "          description: Created",
            "          schema:",
            "            $ref: '#/definitions/FetchEmailHistoryResponse'",
            "        '409':",
            "          description: Conflict",
            "          schema:",
            "            $ref: '#/definitions/CreateOrUpdateErrorResponse'",
        ];
        copy = copy.Replace("  /appointment_note:\n", "  /appointment_note:\n" + string.Join("\n", create) + "\n", StringComparison.Ordinal);
        return spec.Replace("  /health_profile:\n", copy + "  /health_profile:\n", StringComparison.Ordinal);
    }
}
