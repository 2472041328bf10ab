using System;

class Script
{
    public static object Main(string title, int runtime_min)
    {
        int cents = runtime_min > 150 ? 1450 : 1250;
        return new { title = title, price_cents = cents };
    }
}
