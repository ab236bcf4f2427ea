return await CapitalNetwork.Cli.CapnetApp.RunAsync(args, Console.Out, Console.Error);
