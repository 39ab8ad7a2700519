/* Whether this browser can speak text aloud (Web Speech API). */
export function canSpeak(): boolean {
  return 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';
}
