namespace FitbitPlus.Mock.Seeding;

/// <summary>Fake names and labels for seed data.</summary>
internal static class SeedNames
{
    public static readonly string[] FirstNames = ["Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Keiko", "Liam", "Maya", "Noah", "Olga", "Priya"];

    public static readonly string[] LastNames = ["Adams", "Baker", "Castro", "Diaz", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jensen", "Kowalski", "Lopez", "Moreau", "Novak", "Okafor", "Patel"];

    public static readonly string[] Cities = ["Boston", "Cambridge", "Somerville", "Quincy", "Newton", "Salem"];

    public static readonly string[] ActionTitles = ["Walk 30 minutes", "Take medication", "Log blood pressure", "Drink 8 glasses of water", "Sleep 8 hours", "Eat vegetables"];

    public static readonly string[] MetricTypes = ["weight", "blood_pressure_systolic", "blood_glucose", "heart_rate"];

    public static readonly string[] QuestionTexts =
    [
        "How many days a week do you exercise?",
        "Do you smoke?",
        "How would you rate your stress level?",
        "When was your last dental check-up?",
        "How many servings of fruit do you eat per day?",
    ];

    public static readonly string[] QuestionCategories = ["lifestyle_behaviors", "lifestyle_behaviors", "mental_wellbeing", "preventative_care", "lifestyle_behaviors"];
}
