using System.Net;

namespace FitbitPlus.Http;

/// <summary>
/// Creates the exception a shared handler throws for <paramref name="message"/>: each chain says which type its
/// failures have (API requests a <see cref="FitbitPlusException"/>, token requests an authentication exception).
/// </summary>
internal delegate FitbitPlusException ExchangeFailure(string message, HttpStatusCode status);
