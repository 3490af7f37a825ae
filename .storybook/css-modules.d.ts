// Vite bundles plain stylesheet imports (`import './preview.css'`) into a <link>.
declare module '*.css';
