namespace FitbitPlus.Models;

// Typed documents read each included resource of a known type straight into its generated class (one pass); the
// index then uses that instance instead of converting the resource's parts a second time.
public partial class Resource
{
    /// <summary>
    /// The generated class instance this resource was read into (for example a <see cref="PatientResource"/>), or null
    /// when it was read generically (unknown type, <c>type</c> not among the first members, or JSON that does not fit the class).
    /// </summary>
    internal object? TypedInstance { get; set; }
}
