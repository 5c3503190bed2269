namespace Portal.Delegates.Models;

/// <summary>How a delegate met the voters.</summary>
public enum ContactForm
{
    Visit = 0,
    Symposium = 1,
    ReceptionDay = 2,
    Phone = 3,
    Online = 4,
}
