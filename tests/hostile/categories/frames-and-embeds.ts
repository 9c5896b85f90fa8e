import { leak, PWN, type HostileCategory } from '../hostile-input';

export const framesAndEmbeds: HostileCategory = {
  slug: 'frames-and-embeds',
  inputs: [
    { name: 'iframe srcdoc', body: `<iframe srcdoc="<script>${PWN}</script>" width="400" height="300"></iframe>` },
    {
      name: 'video embed with a srcdoc',
      body: `<iframe src="https://www.youtube.com/embed/abc" srcdoc="<img src=x onerror=${PWN}>" width="560" height="315" allowfullscreen></iframe>`,
    },
    {
      name: 'video embed titled with markup',
      body: `<iframe src="https://player.vimeo.com/video/1" title="<img src=x onerror=${PWN}>" width="560" height="315"></iframe>`,
    },
    {
      name: 'video embed with a data: address',
      body: `<iframe src="data:text/html,<script>${PWN}</script>" title="video" width="560" height="315" allowfullscreen></iframe>`,
    },
    {
      name: 'frame pointing back into the extension',
      body: `<iframe src="chrome-extension://abcdefghijklmnopabcdefghijklmnop/reader.html" width="560" height="315" allowfullscreen></iframe>`,
    },
    { name: 'tracking frame', body: `<iframe src="${leak('tracker')}" width="1" height="1"></iframe>` },
    { name: 'frame of a page', body: `<iframe src="${leak('frame')}" width="600" height="400"></iframe>` },
    {
      name: 'sandboxed frame allowing scripts',
      body: `<iframe sandbox="allow-scripts allow-same-origin" srcdoc="<script>${PWN}</script>"></iframe>`,
    },
    { name: 'frameset and frame', body: `<frameset><frame src="${leak('frame2')}"></frameset>` },
    {
      name: 'object',
      body: `<object data="${leak('object.swf')}" type="application/x-shockwave-flash"><param name="movie" value="${leak('movie.swf')}">Fallback text</object>`,
    },
    { name: 'embed', body: `<embed src="${leak('embed.swf')}" type="application/x-shockwave-flash">` },
    { name: 'applet', body: `<applet code="Evil.class" codebase="${leak('applet')}">Applet fallback</applet>` },
    { name: 'portal', body: `<portal src="${leak('portal')}"></portal>` },
    { name: 'fenced frame', body: `<fencedframe src="${leak('fenced')}"></fencedframe>` },
    {
      name: 'video with sources and tracks',
      body: `<video controls poster="${leak('poster.jpg')}" width="640" height="360"><source src="${leak('video.mp4')}"><track src="${leak('track.vtt')}"></video>`,
    },
    { name: 'audio', body: `<audio controls src="${leak('audio.mp3')}" onplay="${PWN}"></audio>` },
  ],
};
