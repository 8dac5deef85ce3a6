namespace FitbitPlus.Mock.Filtering;

/// <summary>How a declared <c>filter[...]</c> parameter is evaluated.</summary>
internal enum FilterKind
{
    /// <summary>The value must be the mock's organization id (everything belongs to it).</summary>
    Organization,

    /// <summary>Comma-separated group ids; the resource's groups (followed through patients) must intersect.</summary>
    Groups,

    /// <summary>Comma-separated patient ids; the resource's patients must intersect.</summary>
    Patient,

    /// <summary>Comma-separated ids; relationship <c>Path</c> must point to one of them.</summary>
    Relationship,

    /// <summary>Comma-separated values; attribute <c>Path</c> must equal one of them.</summary>
    AttributeIn,

    /// <summary>Boolean attribute <c>Path</c> (missing counts as false).</summary>
    Boolean,

    /// <summary><c>a..b</c> range (start inclusive, end exclusive, either side optional) on attribute <c>Path</c>, or on the record's creation/update time for <c>@created_at</c>/<c>@updated_at</c>.</summary>
    DateRange,

    /// <summary>Attribute <c>Path</c> at or after the value.</summary>
    DateFrom,

    /// <summary>Attribute <c>Path</c> before the value.</summary>
    DateBefore,

    /// <summary>The calendar event has (true) or lacks (false) <c>completed_at</c>.</summary>
    Completed,

    /// <summary>Comma-separated user ids among a calendar event's attendees or owner.</summary>
    Attendees,

    /// <summary>Reward earnings whose readiness matches and that are not fulfilled yet.</summary>
    ReadyForFulfillment,

    /// <summary><c>filter[identifier][system]</c> + <c>filter[identifier][value]</c> on patient identifiers (both required together).</summary>
    Identifier,
}
