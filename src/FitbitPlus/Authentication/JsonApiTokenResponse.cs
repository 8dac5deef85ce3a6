using System.Text.Json;
using Duende.IdentityModel.Client;

namespace FitbitPlus.Authentication;

/// <summary>
/// Duende's <see cref="TokenResponse"/> adapted to the API's JSON:API token document: the OAuth fields live in
/// <c>data.attributes</c>, and <c>data.relationships</c>/<c>included</c> name the credentials' organization and groups.
/// </summary>
internal sealed class JsonApiTokenResponse : TokenResponse
{
    /// <summary>The organization and groups of the token, when the document named either (null when it named neither).</summary>
    public CredentialsScope? CredentialsScope { get; private set; }

    /// <summary>True when the body was a JSON object with <c>data.attributes</c>.</summary>
    public bool HasAttributes { get; private set; }

    /// <summary>True when the document has an <c>errors</c> member (array or object), which a usable answer never has.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Why the OAuth fields in <c>data.attributes</c> are unusable (<see cref="TokenFields"/>), or null.</summary>
    public string? FieldProblem { get; private set; }

    /// <summary>The token lifetime from <c>expires_in</c> in whole seconds, or <see langword="null"/> (see <see cref="LifetimeProblem"/>).</summary>
    public long? LifetimeSeconds { get; private set; }

    /// <summary>Why <see cref="LifetimeSeconds"/> is <see langword="null"/>.</summary>
    public string LifetimeProblem { get; private set; } = "is missing";

    /// <summary>Points <see cref="ProtocolResponse.Json"/> at <c>data.attributes</c>, so the inherited properties read the OAuth fields.</summary>
    protected override Task InitializeAsync(object? initializationData = null)
    {
        if (Json is not { ValueKind: JsonValueKind.Object } root)
        {
            return Task.CompletedTask;
        }

        HasErrors = root.TryGetProperty("errors", out var errors) && errors.ValueKind is JsonValueKind.Array or JsonValueKind.Object;
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return Task.CompletedTask;
        }

        CredentialsScope = ReadScope(data, root);
        if (data.TryGetProperty("attributes", out var attributes) && attributes.ValueKind == JsonValueKind.Object)
        {
            HasAttributes = true;
            Json = attributes.Clone();
            FieldProblem = TokenFields.Problem(attributes);
            (LifetimeSeconds, LifetimeProblem) = TokenLifetime.Read(attributes);
        }

        return Task.CompletedTask;
    }

    private static CredentialsScope? ReadScope(JsonElement data, JsonElement root)
    {
        string? organization = null;
        var groups = new List<string>();
        if (data.TryGetProperty("relationships", out var relationships) && relationships.ValueKind == JsonValueKind.Object)
        {
            if (relationships.TryGetProperty("organization", out var org) && org.ValueKind == JsonValueKind.Object
                && org.TryGetProperty("data", out var orgData))
            {
                organization = IdOf(orgData);
            }

            if (relationships.TryGetProperty("groups", out var grp) && grp.ValueKind == JsonValueKind.Object
                && grp.TryGetProperty("data", out var grpData) && grpData.ValueKind == JsonValueKind.Array)
            {
                groups.AddRange(grpData.EnumerateArray().Select(IdOf).OfType<string>());
            }
        }

        // Fall back to the included resources when the relationships were left out.
        if (root.TryGetProperty("included", out var included) && included.ValueKind == JsonValueKind.Array)
        {
            foreach (var resource in included.EnumerateArray())
            {
                var type = resource.ValueKind == JsonValueKind.Object && resource.TryGetProperty("type", out var t) ? t.GetString() : null;
                if (organization is null && type is "organization" or "organizations")
                {
                    organization = IdOf(resource);
                }
                else if (type is "group" or "groups" && IdOf(resource) is { } id && !groups.Contains(id))
                {
                    groups.Add(id);
                }
            }
        }

        // Null lets a renewal that names nothing keep the scope learnt earlier (TokenEndpointClient).
        return organization is null && groups.Count == 0 ? null : new CredentialsScope(organization, groups);
    }

    private static string? IdOf(JsonElement identifier) =>
        identifier.ValueKind == JsonValueKind.Object && identifier.TryGetProperty("id", out var id)
            ? id.ValueKind switch
            {
                JsonValueKind.String => id.GetString(),
                JsonValueKind.Number => id.GetRawText(),
                _ => null,
            }
            : null;
}
