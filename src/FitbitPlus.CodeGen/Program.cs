using FitbitPlus.CodeGen;

// Usage: FitbitPlus.CodeGen <spec.yaml> <output.cs>
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: FitbitPlus.CodeGen <spec.yaml> <output.cs>");
    return 2;
}

var spec = SpecModel.Load(args[0]);
var code = new FacadeWriter(spec).Write();
var existing = File.Exists(args[1]) ? File.ReadAllText(args[1]) : null;
if (existing != code)
{
    File.WriteAllText(args[1], code);
}

Console.WriteLine($"FitbitPlus.CodeGen: {spec.Operations.Count} operations -> {args[1]}");
return 0;
