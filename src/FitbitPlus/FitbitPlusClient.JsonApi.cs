using FitbitPlus.JsonApi;

namespace FitbitPlus;

/// <summary>JSON:API operations that the generated client cannot express.</summary>
public partial class FitbitPlusClient
{
    /// <summary>
    /// Sends a partial update, <c>PATCH {type}/{id}</c>, with only the members set on <paramref name="patch"/>
    /// (explicit <c>null</c>s included), and reads the response document, for example <c>UpdateCalendarEventResponse</c>.
    /// </summary>
    /// <typeparam name="TResponse">The generated response class of the update operation.</typeparam>
    /// <param name="patch">The changes; see <see cref="JsonApiPatch.For{TAttributes}(string, string)"/>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="FitbitPlusException">The API refused the update, or answered with an empty, non-JSON or malformed body.</exception>
    public virtual Task<TResponse> PatchAsync<TResponse>(JsonApiPatch patch, CancellationToken cancellationToken = default)
        where TResponse : class =>
        JsonApiPatchSender.SendAsync<TResponse>(HttpClient, patch, cancellationToken);

    /// <summary>The typed PATCH behind the generated resource clients' <c>PatchAsync</c> methods.</summary>
    internal Task<TResponse> PatchResourceAsync<TResponse, TAttributes>(string type, string id, Action<JsonApiPatch<TAttributes>> changes, CancellationToken cancellationToken)
        where TResponse : class
        where TAttributes : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(changes);
        var patch = JsonApiPatch.For<TAttributes>(type, id);
        changes(patch);
        return PatchAsync<TResponse>(patch, cancellationToken);
    }
}
