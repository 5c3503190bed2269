namespace Portal.Delegates.Models;

/// <summary>One approved contact as the summary counts it: no place, no details, no people.</summary>
public sealed record ContactFact(DateOnly Date, ContactForm Form, int PeopleCount);

public sealed record ActivityMonth(int Year, int Month, IReadOnlyDictionary<ContactForm, int> ByForm, int Total, int People);

/// <summary>Approved voter contacts counted by month and by form.</summary>
public sealed record ActivitySummary(IReadOnlyList<ActivityMonth> Months, IReadOnlyDictionary<ContactForm, int> ByForm, int Total, int People);
