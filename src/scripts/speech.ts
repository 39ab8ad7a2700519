/* Whether this browser can speak text aloud (Web Speech API). */
export function canSpeak(): boolean {
  return (
    typeof window.speechSynthesis?.speak === 'function' &&
    typeof window.SpeechSynthesisUtterance === 'function'
  );
}
