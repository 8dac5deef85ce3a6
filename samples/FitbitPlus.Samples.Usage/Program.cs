using FitbitPlus.Samples.Usage;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: FitbitPlus.Samples.Usage <base-url> <client-id> <client-secret>");
    return 2;
}

await UsageSample.RunAsync(new Uri(args[0]), args[1], args[2]);
return 0;
