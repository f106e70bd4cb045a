/**
 * The video.js control texts in Kazakh: video.js 8 ships no `kk` language, so the player's own words
 * (buttons, time, errors) are given here and registered as `kk` before a player is created.
 * Captions settings are left out: the portal's videos have no text tracks.
 */
export const VIDEO_JS_KK: Record<string, string> = {
  'Audio Player': 'Аудиоплеер',
  'Video Player': 'Бейнеплеер',
  Play: 'Ойнату',
  Pause: 'Кідірту',
  Replay: 'Қайта ойнату',
  'Current Time': 'Ағымдағы уақыт',
  Duration: 'Ұзақтығы',
  'Remaining Time': 'Қалған уақыт',
  Loaded: 'Жүктелді',
  Progress: 'Барысы',
  'Progress Bar': 'Ойнату жолағы',
  'progress bar timing: currentTime={1} duration={2}': '{1} / {2}',
  Fullscreen: 'Толық экран',
  'Exit Fullscreen': 'Толық экраннан шығу',
  Mute: 'Дыбысын өшіру',
  Unmute: 'Дыбысын қосу',
  'Playback Rate': 'Ойнату жылдамдығы',
  'Volume Level': 'Дыбыс деңгейі',
  'Play Video': 'Бейнені ойнату',
  Close: 'Жабу',
  'Close Modal Dialog': 'Терезені жабу',
  'Modal Window': 'Модальді терезе',
  'This is a modal window': 'Бұл модальді терезе',
  'This modal can be closed by pressing the Escape key or activating the close button.':
    'Бұл терезені Escape пернесімен немесе жабу батырмасымен жабуға болады.',
  'Beginning of dialog window. Escape will cancel and close the window.':
    'Диалог терезесінің басы. Escape терезені жауып, әрекетті болдырмайды.',
  'End of dialog window.': 'Диалог терезесінің соңы.',
  'You aborted the media playback': 'Сіз ойнатуды тоқтаттыңыз',
  'A network error caused the media download to fail part-way.': 'Желі қатесінен бейне соңына дейін жүктелмеді.',
  'The media could not be loaded, either because the server or network failed or because the format is not supported.':
    'Бейнені жүктеу мүмкін болмады: не сервер немесе желі істен шықты, не бұл пішімге қолдау жоқ.',
  'The media playback was aborted due to a corruption problem or because the media used features your browser did not support.':
    'Ойнату тоқтатылды: файл бүлінген немесе онда браузеріңіз қолдамайтын мүмкіндіктер бар.',
  'No compatible source was found for this media.': 'Бұл бейне үшін сәйкес дереккөз табылмады.',
  'The media is encrypted and we do not have the keys to decrypt it.': 'Бейне шифрланған, оны ашатын кілт бізде жоқ.',
  '{1} is loading.': '{1} жүктелуде.',
  'Skip forward {1} seconds': '{1} секунд алға өту',
  'Skip backward {1} seconds': '{1} секунд артқа өту',
  'Picture-in-Picture': 'Сурет ішінде сурет',
  'Exit Picture-in-Picture': '«Сурет ішінде сурет» режимінен шығу',
}
