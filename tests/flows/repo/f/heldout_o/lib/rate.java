public class Main {
  public static Object main(String currency, double rate) {
    return rate;
  }
}
