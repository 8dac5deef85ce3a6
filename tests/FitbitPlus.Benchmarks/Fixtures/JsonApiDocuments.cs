using System.Globalization;
using System.Text;
using Newtonsoft.Json;

namespace FitbitPlus.Benchmarks.Fixtures;

/// <summary>
/// JSON:API documents shaped like the API's (every attribute the spec declares for a patient is filled in), built
/// from one serialized template per resource type so that thousands of resources cost only string substitution.
/// </summary>
internal static class JsonApiDocuments
{
    private const string IdToken = "__ID__";
    private static readonly string PatientTemplate = Write(WritePatient);
    private static readonly string PlanSummaryTemplate = Write(WritePlanSummary);

    /// <summary>Patient id of the 0-based position <paramref name="n"/> in a collection.</summary>
    public static string PatientId(long n) => "p" + n.ToString(CultureInfo.InvariantCulture);

    /// <summary>One <c>patient</c> resource object.</summary>
    public static string Patient(long n) => PatientTemplate.Replace(IdToken, n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>One <c>patient_plan_summary</c> resource whose <c>patient</c> relationship names patient <paramref name="n"/>.</summary>
    public static string PlanSummary(long n) => PlanSummaryTemplate.Replace(IdToken, n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>
    /// A <c>GET patient_plan_summary?include=patient</c> page: <paramref name="count"/> summaries in <c>data</c>, each
    /// related to its own patient, and those <paramref name="count"/> patients in <c>included</c>.
    /// </summary>
    public static byte[] PlanSummariesWithPatients(int count)
    {
        var json = new StringBuilder(count * 2600);
        json.Append("{\"meta\":{\"req_id\":\"req-bench\",\"count\":").Append(count)
            .Append("},\"links\":{\"self\":\"/pub/patient_plan_summary?include=patient&page[limit]=").Append(count).Append("\"},\"data\":[");
        AppendJoined(json, count, i => PlanSummary(i));
        json.Append("],\"included\":[");
        AppendJoined(json, count, i => Patient(i));
        json.Append("]}");
        return Encoding.UTF8.GetBytes(json.ToString());
    }

    /// <summary>
    /// A <c>GET patient</c> page of patients <paramref name="first"/> .. <paramref name="first"/>+<paramref name="count"/>-1,
    /// with <c>links.next</c> (cursor = last id) unless it is the last page, and <c>meta.count</c> on the first page;
    /// as UTF-8 pieces of about one resource each.
    /// </summary>
    public static IReadOnlyList<byte[]> PatientsPage(long first, int count, long total, int limit)
    {
        var head = new StringBuilder(256);
        head.Append("{\"meta\":{\"req_id\":\"req-").Append(first).Append('"');
        if (first == 0)
        {
            head.Append(",\"count\":").Append(total);
        }

        head.Append("},\"links\":{\"self\":\"/pub/patient?page[limit]=").Append(limit).Append('"');
        if (first + count < total)
        {
            head.Append(",\"next\":\"/pub/patient?page[limit]=").Append(limit).Append("&page[after]=").Append(PatientId(first + count - 1)).Append('"');
        }

        head.Append("},\"data\":[");
        var pieces = new List<byte[]>(count + 2) { Encoding.UTF8.GetBytes(head.ToString()) };
        for (var i = 0; i < count; i++)
        {
            pieces.Add(Encoding.UTF8.GetBytes((i > 0 ? "," : "") + Patient(first + i)));
        }

        pieces.Add("]}"u8.ToArray());
        return pieces;
    }

    private static void AppendJoined(StringBuilder json, int count, Func<int, string> item)
    {
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            json.Append(item(i));
        }
    }

    private static string Write(Action<JsonTextWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new JsonTextWriter(text))
        {
            write(writer);
        }

        return text.ToString();
    }

    private static void WritePatient(JsonTextWriter w)
    {
        w.WriteStartObject();
        Member(w, "type", "patient");
        Member(w, "id", "p" + IdToken);
        w.WritePropertyName("attributes");
        w.WriteStartObject();
        Member(w, "first_name", "Firstname" + IdToken);
        Member(w, "last_name", "Lastname");
        Member(w, "email_address", "patient" + IdToken + "@example.test");
        w.WritePropertyName("phone_numbers");
        w.WriteStartArray();
        w.WriteStartObject();
        Member(w, "type", "mobile");
        Member(w, "value", "+15555550123");
        w.WritePropertyName("primary");
        w.WriteValue(true);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WritePropertyName("addresses");
        w.WriteStartArray();
        w.WriteStartObject();
        w.WritePropertyName("lines");
        w.WriteStartArray();
        w.WriteValue("1 Main Street");
        w.WriteValue("Apt 2");
        w.WriteEndArray();
        Member(w, "city", "Boston");
        Member(w, "state", "MA");
        Member(w, "postal_code", "02110");
        Member(w, "country", "US");
        Member(w, "use", "home");
        Member(w, "type", "physical");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WritePropertyName("identifiers");
        w.WriteStartArray();
        w.WriteStartObject();
        Member(w, "label", "MRN");
        Member(w, "system", "urn:oid:2.16.840.1.113883.3.1234");
        Member(w, "value", "MRN-" + IdToken);
        w.WritePropertyName("unique");
        w.WriteValue(true);
        w.WriteEndObject();
        w.WriteEndArray();
        Member(w, "birth_date", "1980-05-17"); // format: date (the generated DateFormatConverter wants yyyy-MM-dd)
        Member(w, "gender", "female");
        Member(w, "note", "Prefers morning calls.");
        Member(w, "updated_at", "2025-02-03T10:11:12.345Z");
        Member(w, "first_access_at", "2024-01-05T08:00:00.000Z");
        Member(w, "invited_at", "2024-01-02T09:30:00.000Z");
        Member(w, "enrolled_at", "2024-01-04T14:00:00.000Z");
        Member(w, "last_access_at", "2025-02-01T18:45:00.000Z");
        w.WritePropertyName("archived");
        w.WriteValue(false);
        w.WritePropertyName("archive_history");
        w.WriteStartArray();
        w.WriteStartObject();
        w.WritePropertyName("archived");
        w.WriteValue(false);
        Member(w, "modified_at", "2024-06-01T12:00:00.000Z");
        Member(w, "reason", "returned");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WritePropertyName("statement");
        w.WriteStartObject();
        Member(w, "value", "I want to walk to work again.");
        Member(w, "updated_at", "2024-02-01T12:00:00.000Z");
        Member(w, "updated_by", "c1");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WritePropertyName("relationships");
        w.WriteStartObject();
        ToMany(w, "groups", "group", "g1", "g2");
        ToMany(w, "coaches", "coach", "c1");
        w.WriteEndObject();
        w.WritePropertyName("links");
        w.WriteStartObject();
        Member(w, "self", "/pub/patient/p" + IdToken);
        Member(w, "twine_web_app", "https://app.example.test/patients/p" + IdToken);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WritePlanSummary(JsonTextWriter w)
    {
        w.WriteStartObject();
        Member(w, "type", "patient_plan_summary");
        Member(w, "id", "s" + IdToken);
        w.WritePropertyName("attributes");
        w.WriteStartObject();
        w.WritePropertyName("adherence");
        w.WriteStartObject();
        w.WritePropertyName("overall");
        w.WriteValue(0.82);
        w.WritePropertyName("last_7_days");
        w.WriteValue(0.9);
        w.WriteEndObject();
        w.WritePropertyName("critical");
        w.WriteStartObject();
        w.WritePropertyName("count");
        w.WriteValue(0);
        w.WriteEndObject();
        Member(w, "time_zone", "America/New_York");
        w.WritePropertyName("window_order");
        w.WriteStartArray();
        foreach (var window in new[] { "morning", "afternoon", "evening" })
        {
            w.WriteStartObject();
            Member(w, "type", window);
            w.WritePropertyName("_actions");
            w.WriteStartArray();
            w.WriteValue("a1-" + IdToken);
            w.WriteValue("a2-" + IdToken);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Member(w, "effective_from", "2025-01-01T00:00:00.000Z");
        w.WritePropertyName("window_notification_times");
        w.WriteStartObject();
        foreach (var (window, minutes) in new[] { ("morning", 480), ("afternoon", 720), ("evening", 1080), ("night", 1320) })
        {
            w.WritePropertyName(window);
            w.WriteValue(minutes);
        }

        w.WriteEndObject();
        w.WriteEndObject();
        w.WritePropertyName("relationships");
        w.WriteStartObject();
        ToMany(w, "actions", "action", "a1-" + IdToken, "a2-" + IdToken);
        ToMany(w, "bundles", "bundle", "b1");
        w.WritePropertyName("patient");
        w.WriteStartObject();
        w.WritePropertyName("data");
        w.WriteStartObject();
        Member(w, "type", "patient");
        Member(w, "id", "p" + IdToken);
        w.WriteEndObject();
        w.WriteEndObject();
        ToMany(w, "current_results", "result");
        w.WriteEndObject();
        w.WritePropertyName("links");
        w.WriteStartObject();
        Member(w, "self", "/pub/patient_plan_summary/s" + IdToken);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void ToMany(JsonTextWriter w, string name, string type, params string[] ids)
    {
        w.WritePropertyName(name);
        w.WriteStartObject();
        w.WritePropertyName("data");
        w.WriteStartArray();
        foreach (var id in ids)
        {
            w.WriteStartObject();
            Member(w, "type", type);
            Member(w, "id", id);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Member(JsonTextWriter w, string name, string value)
    {
        w.WritePropertyName(name);
        w.WriteValue(value);
    }
}
