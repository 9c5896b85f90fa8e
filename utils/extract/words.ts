/** Lower-cased words of letters and digits: "O'Malley Tunstall" -> ["o", "malley", "tunstall"]. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
